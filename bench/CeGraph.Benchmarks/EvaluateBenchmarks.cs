using BenchmarkDotNet.Attributes;
using CeGraph.Domain.Evaluation;

namespace CeGraph.Benchmarks;

/// <summary>
/// One evaluation of a 50-completion CT structured-education set, and its validation. A short job (about 30 s in all) with
/// ten iterations, and median/min columns, because the build machine is shared and a 3-iteration ShortRun is too noisy.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MedianColumn]
[MinColumn]
public class EvaluateBenchmarks
{
    private EvaluationInput _input = CtStructuredEducationSet.Input();

    [GlobalSetup]
    public void Setup() => _input = CtStructuredEducationSet.Input();

    [Benchmark]
    public EvaluationResult Evaluate() => RequirementEvaluator.Evaluate(_input);

    [Benchmark]
    public IReadOnlyList<SpecProblem> Validate() => RequirementValidator.Validate(_input.Requirement);
}
