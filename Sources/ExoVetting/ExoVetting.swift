// The end-to-end pipeline: read, clean, detrend, search, view, classify, verdict.
// (Module placeholder: replaced as the module is built.)
