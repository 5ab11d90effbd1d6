// Tests for ExoSearch are added as the module is built.
