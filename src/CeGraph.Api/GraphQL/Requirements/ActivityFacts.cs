using CeGraph.Domain;
using CeGraph.Domain.Evaluation;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>
/// Engine facts by activity code, plus the ids needed to explain contributions in the graph, and each activity as it is now per
/// distribution (what a stored check records about the activities that counted).
/// </summary>
public sealed record ActivityFacts(
    IReadOnlyDictionary<string, ActivityFact> Facts,
    IReadOnlyDictionary<string, int> ActivityIdByCode,
    IReadOnlyDictionary<(string Activity, string Discipline, OutlineKind Kind, string Category), int> LineCategoryIds,
    IReadOnlyDictionary<(string Activity, string Discipline, OutlineKind Kind), StoredActivity> Records);
