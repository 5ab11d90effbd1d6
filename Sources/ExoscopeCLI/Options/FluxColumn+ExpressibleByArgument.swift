import ArgumentParser
import Exoscope

extension FluxColumn: ExpressibleByArgument {}
