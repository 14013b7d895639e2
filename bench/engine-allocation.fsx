// Allocation (and, on a quiet machine, time) of one evaluation, when a BenchmarkDotNet run cannot be afforded.
// Build first: dotnet build -c Release bench/CeGraph.Benchmarks; then: dotnet fsi --optimize+ bench/engine-allocation.fsx
#r "CeGraph.Benchmarks/bin/Release/net10.0/CeGraph.Domain.dll"
#r "CeGraph.Benchmarks/bin/Release/net10.0/CeGraph.Benchmarks.dll"
open System
open CeGraph.Domain.Evaluation
let input = CeGraph.Benchmarks.CtStructuredEducationSet.Input()
for _ in 1 .. 20000 do RequirementEvaluator.Evaluate(input) |> ignore
let n = 10000
let before = GC.GetAllocatedBytesForCurrentThread()
for _ in 1 .. n do RequirementEvaluator.Evaluate(input) |> ignore
let after = GC.GetAllocatedBytesForCurrentThread()
printfn "allocated per evaluation: %d B" ((after - before) / int64 n)
let times =
    [ for _ in 1 .. 21 ->
        let sw = Diagnostics.Stopwatch.StartNew()
        for _ in 1 .. 2000 do RequirementEvaluator.Evaluate(input) |> ignore
        sw.Elapsed.TotalMilliseconds * 1000.0 / 2000.0 ] |> List.sort
printfn "per evaluation: median %.2f us, min %.2f us (21 batches of 2000)" times.[10] times.[0]
