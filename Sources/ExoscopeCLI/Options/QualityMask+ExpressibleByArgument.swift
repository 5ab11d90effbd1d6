import ArgumentParser
import Exoscope

extension QualityMask: ExpressibleByArgument {}
