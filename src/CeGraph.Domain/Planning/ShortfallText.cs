using System.Globalization;
using CeGraph.Domain.Evaluation;

namespace CeGraph.Domain.Planning;

/// <summary>The sentences that explain a <see cref="RuleShortfall"/>. Culture-invariant.</summary>
internal static class ShortfallText
{
    public static string Rule(int index, RuleSpec rule) => rule.Kind == RuleKind.TotalCredits
        ? $"Rule {index + 1} (at least {rule.Required} credits in total)"
        : $"Rule {index + 1} (at least {rule.Required} credits in {rule.CategoryCode} or below)";

    public static string NotEnough(int index, RuleSpec rule, Credits earned, Credits attainable, Credits shortBy) =>
        $"{Rule(index, rule)} cannot be met: the completions earn {earned}, and with every eligible activity added it would reach only "
        + $"{attainable}, {shortBy} short.";

    public static string OutsideWindow(int index, RuleSpec rule, Credits earned, DateOnly asOf, ResolvedWindow window) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rule(index, rule)} cannot be met: the completions earn {earned}, and asOf {asOf:O} lies outside the window "
        + $"{window.Start:O} – {window.End:O}, so no activity completed on asOf would count.");

    public static string MaxActivities(int index, RuleSpec rule, int max, Credits attainable, Credits shortBy, int needed) =>
        $"{Rule(index, rule)} cannot be met with at most {max} added {Activities(max)}: the best {max} would bring it to {attainable}, "
        + $"{shortBy} short; it needs at least {needed} {Activities(needed)}.";

    public static string Together(int max, int? needed) => needed is int n
        ? $"Each rule could be met alone, but no set of at most {max} eligible {Activities(max)} meets all rules together; at least {n} are needed."
        : $"Each rule could be met alone, but no set of at most {max} eligible {Activities(max)} meets all rules together.";

    public static string NotFound(int max) =>
        $"No plan of at most {max} {Activities(max)} was found within the solver's time limit, and none was proven impossible; "
        + "allow more activities or try again.";

    private static string Activities(int count) => count == 1 ? "activity" : "activities";
}
