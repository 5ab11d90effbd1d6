// A small CPU deep-learning engine: tensors, layers with hand-written gradients, optimisers, model files.
// (Module placeholder: replaced as the module is built.)
