using CeGraph.Api.Data.Entities;
using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Coverage;

/// <summary>Credits and activity counts per category of one outline, for a set of activities.</summary>
public sealed record CoverageReport(
    Discipline Discipline,
    ContentOutline Outline,
    Credits TotalCredits,
    int ActivityCount,
    IReadOnlyList<CategoryCoverage> Categories);

/// <summary>One category's share: credits of lines in it or below it, and how many activities have such lines.</summary>
public sealed record CategoryCoverage(ContentCategory Category, Credits Credits, int ActivityCount);
