// Transit search: box least squares, period grids, multi-planet search and diagnostics.
// (Module placeholder: replaced as the module is built.)
