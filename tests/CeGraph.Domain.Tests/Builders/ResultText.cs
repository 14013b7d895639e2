using System.Globalization;
using System.Text;
using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Tests.Builders;

/// <summary>
/// Canonical text renderings of an <see cref="EvaluationResult"/>. Records holding lists compare by reference, so tests
/// compare results structurally through these strings instead.
/// </summary>
public static class ResultText
{
    /// <summary>Every field of the result, lists in their given order.</summary>
    public static string Render(EvaluationResult result, bool includeIgnored = true)
    {
        var text = new StringBuilder();
        text.AppendLine($"fulfilled {result.Fulfilled}; counted {result.CountedCredits} [{string.Join(",", result.CountedActivityCodes)}]");
        foreach (var rule in result.Rules)
        {
            text.AppendLine(
                $"rule {rule.Rule.Kind} {rule.Rule.CategoryCode ?? "-"}: required {rule.Required} earned {rule.Earned} "
                + $"remaining {rule.Remaining} satisfied {rule.Satisfied}; {rule.Detail ?? "-"}");
            foreach (var c in rule.Contributions)
            {
                text.AppendLine($"  {c.ActivityCode} {c.CategoryCode} {c.Credits} {c.InRequirementOutline}");
            }
        }

        if (includeIgnored)
        {
            foreach (var ignored in result.Ignored)
            {
                text.AppendLine($"ignored {Ignored(ignored)}: {ignored.Detail}");
            }
        }

        return text.ToString();
    }

    /// <summary>One line: what counted, and what was ignored why. <c>counted 3.00 [A1]; ignored [X9 2026-01-01 UnknownActivity]</c>.</summary>
    public static string Summary(EvaluationResult result) =>
        $"counted {result.CountedCredits} [{string.Join(",", result.CountedActivityCodes)}]; "
        + $"ignored [{string.Join(", ", result.Ignored.Select(Ignored))}]";

    private static string Ignored(IgnoredCompletion ignored) =>
        $"{ignored.ActivityCode} {ignored.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {ignored.Reason}";
}
