using System.Globalization;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.WriteRules;

namespace CeGraph.Api.GraphQL.Requirements;

public static class CompletionChecks
{
    /// <summary>The completion list's limits: at most <see cref="ListSizeRule.MaxCompletions"/> entries, each naming an activity by a valid code.</summary>
    public static UserError? Check(IReadOnlyList<CompletionInput> completions)
    {
        ArgumentNullException.ThrowIfNull(completions);
        if (InputChecks.ListSize(completions.Count, 0, ListSizeRule.MaxCompletions, "completions per request (split the set or evaluate the most recent ones)", ["input", "completions"]) is { } sizeError)
        {
            return sizeError;
        }

        for (var i = 0; i < completions.Count; i++)
        {
            if (InputChecks.Code(completions[i].ActivityCode, ["input", "completions", i.ToString(CultureInfo.InvariantCulture), "activityCode"]) is { } codeError)
            {
                return codeError;
            }
        }

        return null;
    }
}
