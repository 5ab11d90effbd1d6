// Detrending: outlier clipping, gap splitting, biweight and spline trends that keep transits.
// (Module placeholder: replaced as the module is built.)
