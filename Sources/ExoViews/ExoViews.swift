// Folding and binning light curves into the global, local, secondary and odd/even views.
// (Module placeholder: replaced as the module is built.)
