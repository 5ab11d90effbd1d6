// Tests for ExoSim are added as the module is built.
