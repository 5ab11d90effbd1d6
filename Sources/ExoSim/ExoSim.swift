// Light-curve simulation: transits, eclipsing binaries, variability, instruments, injection-recovery.
// (Module placeholder: replaced as the module is built.)
