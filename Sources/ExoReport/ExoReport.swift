// Evidence a person can check: SVG/PNG plots and HTML reports.
// (Module placeholder: replaced as the module is built.)
