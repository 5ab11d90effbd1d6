// Archive access: MAST and the NASA Exoplanet Archive, with a local cache.
// (Module placeholder: replaced as the module is built.)
