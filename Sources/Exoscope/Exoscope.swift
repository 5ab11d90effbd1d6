// The umbrella module: `import Exoscope` brings in every library module.
@_exported import ExoBasics
@_exported import ExoFITS
@_exported import ExoLightCurve
@_exported import ExoDetrend
@_exported import ExoDiagnostics
@_exported import ExoSearch
@_exported import ExoRandom
@_exported import ExoArchive
@_exported import ExoBatch
@_exported import ExoViews
@_exported import ExoNN
@_exported import ExoClassifier
@_exported import ExoSim
@_exported import ExoReport
@_exported import ExoVetting
