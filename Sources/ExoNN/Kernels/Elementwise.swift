/// Vectorised element-wise loops (8 lanes of `Float` per step, scalar tail).
enum Elementwise {
    typealias V = SIMD8<Float>

    /// `output[i] = max(input[i], 0)`.
    static func relu(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int) {
        let zero = V()
        var i = 0
        while i + 8 <= count {
            let x = load(input + i)
            store(x.replacing(with: zero, where: x .< zero), output + i)
            i += 8
        }
        while i < count {
            output[i] = max(input[i], 0)
            i += 1
        }
    }

    /// `result[i] = input[i] > 0 ? gradient[i] : gradient[i] · negativeSlope` (ReLU: slope 0).
    static func rectifiedBackward(_ input: UnsafePointer<Float>, _ gradient: UnsafePointer<Float>,
                                  _ result: UnsafeMutablePointer<Float>, count: Int, negativeSlope: Float) {
        let zero = V(), slope = V(repeating: negativeSlope)
        var i = 0
        while i + 8 <= count {
            let g = load(gradient + i)
            store(g.replacing(with: g * slope, where: load(input + i) .<= zero), result + i)
            i += 8
        }
        while i < count {
            result[i] = input[i] > 0 ? gradient[i] : gradient[i] * negativeSlope
            i += 1
        }
    }

    /// `output[i] = input[i] > 0 ? input[i] : slope · input[i]`.
    static func leakyRelu(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>, count: Int, slope: Float) {
        let zero = V(), factor = V(repeating: slope)
        var i = 0
        while i + 8 <= count {
            let x = load(input + i)
            store(x.replacing(with: x * factor, where: x .<= zero), output + i)
            i += 8
        }
        while i < count {
            output[i] = input[i] > 0 ? input[i] : slope * input[i]
            i += 1
        }
    }

    /// One Adam/AdamW update of `count` values (see `Adam`).
    static func adam(theta: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, first: UnsafeMutablePointer<Float>,
                     second: UnsafeMutablePointer<Float>, count: Int, rate: Float, beta1: Float, beta2: Float,
                     epsilon: Float, correction1: Float, correction2: Float, decay: Float) {
        let b1 = V(repeating: beta1), b2 = V(repeating: beta2)
        let c1 = V(repeating: 1 - beta1), c2 = V(repeating: 1 - beta2)
        let inverse1 = V(repeating: 1 / correction1), inverse2 = V(repeating: 1 / correction2)
        let eps = V(repeating: epsilon), lr = V(repeating: rate), lambda = V(repeating: decay)
        var i = 0
        while i + 8 <= count {
            let g = load(gradient + i)
            let m = b1 * load(first + i) + c1 * g
            let v = b2 * load(second + i) + c2 * g * g
            store(m, first + i)
            store(v, second + i)
            let t = load(theta + i)
            let update = (m * inverse1) / ((v * inverse2).squareRoot() + eps)
            store(t - lr * (update + lambda * t), theta + i)
            i += 8
        }
        while i < count {
            let g = gradient[i]
            first[i] = beta1 * first[i] + (1 - beta1) * g
            second[i] = beta2 * second[i] + (1 - beta2) * g * g
            let update = (first[i] / correction1) / ((second[i] / correction2).squareRoot() + epsilon)
            theta[i] -= rate * (update + decay * theta[i])
            i += 1
        }
    }

    @inline(__always) static func load(_ pointer: UnsafePointer<Float>) -> V {
        UnsafeRawPointer(pointer).loadUnaligned(as: V.self)
    }

    @inline(__always) static func load(_ pointer: UnsafeMutablePointer<Float>) -> V {
        UnsafeRawPointer(pointer).loadUnaligned(as: V.self)
    }

    @inline(__always) static func store(_ value: V, _ pointer: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: V.self)
    }
}
