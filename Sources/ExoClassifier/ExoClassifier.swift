// Signal classifiers: TFRecord datasets, AstroNet-style and baseline models, training and evaluation.
// (Module placeholder: replaced as the module is built.)
