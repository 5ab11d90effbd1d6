// Batch runs over many stars: manifests, shards, resumable journals, merging.
// (Module placeholder: replaced as the module is built.)
