using CeGraph.Api.GraphQL.Common;

namespace CeGraph.Api.GraphQL.Requirements;

public static class CompletionChecks
{
    public const int MaxCodeLength = 200;

    /// <summary>The completion list's limits: at most <see cref="RequirementTargetFields.MaxCompletions"/> entries with sane codes.</summary>
    public static UserError? Check(IReadOnlyList<CompletionInput> completions)
    {
        ArgumentNullException.ThrowIfNull(completions);
        if (completions.Count > RequirementTargetFields.MaxCompletions)
        {
            return new TooManyItemsError(
                $"At most {RequirementTargetFields.MaxCompletions} completions per request; got {completions.Count}. Split the set or evaluate the most recent ones.",
                ["input", "completions"]);
        }

        for (var i = 0; i < completions.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(completions[i].ActivityCode) || completions[i].ActivityCode.Length > MaxCodeLength)
            {
                return new InvalidValueError($"Completion {i} needs an activity code of 1 to {MaxCodeLength} characters.", "INVALID_CODE",
                    ["input", "completions", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "activityCode"]);
            }
        }

        return null;
    }
}
