using System.Linq.Expressions;
using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.Security;

namespace CeGraph.Api.Feed;

/// <summary>
/// The entries one reader follows: the caller's visibility and the kinds/discipline/sponsor filters, as one predicate. The
/// same expression runs as SQL when reading the log and compiled in memory on live entries, so replay and live agree.
/// </summary>
public sealed class CatalogChangeSelection
{
    public const int MaxCodes = 100;

    private CatalogChangeSelection(Expression<Func<CatalogChange, bool>> predicate)
    {
        Predicate = predicate;
        Matches = predicate.Compile();
    }

    public Expression<Func<CatalogChange, bool>> Predicate { get; }

    public Func<CatalogChange, bool> Matches { get; }

    /// <summary>What a caller is told when <see cref="WithinCodeLimit"/> is false.</summary>
    public static readonly string TooManyCodes = $"Give at most {MaxCodes} discipline and {MaxCodes} sponsor codes.";

    public static bool WithinCodeLimit(IReadOnlyCollection<string>? disciplineCodes, IReadOnlyCollection<string>? sponsorCodes) =>
        !(disciplineCodes?.Count > MaxCodes || sponsorCodes?.Count > MaxCodes);

    /// <summary>
    /// An empty or null list means "any"; disciplines and sponsors match entries that name one of the codes. At most
    /// <see cref="MaxCodes"/> of each: the GraphQL arguments check that first and answer BAD_USER_INPUT
    /// (<c>GraphQL/Changes/CatalogChangeArguments</c>), so a longer list here is a programming error.
    /// </summary>
    public static CatalogChangeSelection For(
        Caller caller, IReadOnlyCollection<CatalogChangeKind>? kinds, IReadOnlyCollection<string>? disciplineCodes, IReadOnlyCollection<string>? sponsorCodes)
    {
        if (!WithinCodeLimit(disciplineCodes, sponsorCodes))
        {
            throw new ArgumentException(TooManyCodes);
        }

        var parts = new List<Expression<Func<CatalogChange, bool>>> { CatalogChangeVisibility.For(caller) };
        if (kinds is { Count: > 0 })
        {
            var kindList = kinds.Distinct().ToList();
            parts.Add(c => kindList.Contains(c.Kind));
        }

        if (disciplineCodes is { Count: > 0 })
        {
            parts.Add(PredicateComposer.Or([.. disciplineCodes.Distinct(StringComparer.Ordinal).Select(DisciplineIs)]));
        }

        if (sponsorCodes is { Count: > 0 })
        {
            var sponsorList = sponsorCodes.Distinct(StringComparer.Ordinal).ToList();
            parts.Add(c => c.SponsorCode != null && sponsorList.Contains(c.SponsorCode));
        }

        return new CatalogChangeSelection(PredicateComposer.And(parts));
    }

    private static Expression<Func<CatalogChange, bool>> DisciplineIs(string code)
    {
        var pattern = "|" + code + "|";
        return c => c.DisciplineCodes != null && c.DisciplineCodes.Contains(pattern);
    }
}
