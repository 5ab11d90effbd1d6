// Tests for ExoDetrend are added as the module is built.
