using System.Buffers;

namespace CeGraph.Domain.Evaluation;

/// <summary>
/// Evaluates a requirement against a learner's completions, as the requirement semantics (<c>requirement-semantics.md</c>) define it.
/// </summary>
/// <remarks>
/// Pure and total: no I/O, no clock, no randomness, and the same input gives the same output whatever the order of the
/// completions. Every list in the result is sorted by a documented key:
/// <list type="bullet">
/// <item><see cref="EvaluationResult.Rules"/>: the requirement's rule order; every rule is evaluated, never short-circuited.</item>
/// <item><see cref="RuleOutcome.Contributions"/>: activity code, then category code (ordinal), then credits.</item>
/// <item><see cref="EvaluationResult.Ignored"/>: activity code (ordinal), completion date, then reason.</item>
/// <item><see cref="EvaluationResult.CountedActivityCodes"/>: ordinal.</item>
/// </list>
/// Activity codes compare ordinally (case-sensitive): build <see cref="EvaluationInput.Activities"/> with
/// <see cref="StringComparer.Ordinal"/>. An activity counts once, from its earliest completion that passes the screen; a
/// later completion of a counted activity is DUPLICATE, whatever else is true of it.
/// A requirement with no rules is fulfilled (every one of its zero rules is satisfied). An invalid requirement (see
/// <see cref="RequirementValidator"/>) does not throw: a rule that cannot earn anything earns zero and says why in its detail.
/// </remarks>
public static class RequirementEvaluator
{
    public static EvaluationResult Evaluate(EvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var outline = input.Requirement.Outline;
        var screened = CompletionScreen.Apply(input);
        var pooledLines = CountedLine.FromAdmitted(screened.Admitted, outline, out var lineCount);
        try
        {
            return Summarise(input, screened, pooledLines.AsSpan(0, lineCount));
        }
        finally
        {
            ArrayPool<CountedLine>.Shared.Return(pooledLines, clearArray: true);
            ArrayPool<AdmittedActivity>.Shared.Return(screened.AdmittedBuffer, clearArray: true);
        }
    }

    private static EvaluationResult Summarise(EvaluationInput input, ScreenedCompletions screened, ReadOnlySpan<CountedLine> lines)
    {
        var outcomes = RuleCalculator.Compute(input.Requirement.Rules, lines, input.Requirement.Outline);

        var fulfilled = true;
        foreach (var outcome in outcomes)
        {
            fulfilled &= outcome.Satisfied;
        }

        long counted = 0;
        foreach (var line in lines)
        {
            counted = checked(counted + line.Contribution.Credits.Hundredths);
        }

        var admitted = screened.Admitted;
        var countedCodes = new string[admitted.Length];
        for (var i = 0; i < countedCodes.Length; i++)
        {
            countedCodes[i] = admitted[i].Code;
        }

        return new EvaluationResult(fulfilled, new Credits(counted), outcomes, screened.Ignored, countedCodes);
    }
}
