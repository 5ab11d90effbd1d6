// Tests for ExoViews are added as the module is built.
