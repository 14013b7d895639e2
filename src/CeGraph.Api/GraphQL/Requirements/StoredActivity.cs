using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>
/// What a stored check records about an activity that counted: the activity as it was when the check was made, and the one
/// distribution that counted (the requirement's discipline and outline kind) with its lines as they were. Kept in the check's
/// JSON beside each contribution, so a later rejection, redistribution or title change does not alter what the check shows.
/// </summary>
public sealed record StoredActivity(
    int Id,
    string Code,
    string Title,
    int SponsorId,
    long CreditHundredths,
    CeCategory CeCategory,
    DateOnly ApprovedOn,
    DateOnly? ExpiresOn,
    bool IsSample,
    int DistributionId,
    int DisciplineId,
    int OutlineId,
    OutlineKind Kind,
    DateTime AssignedAt,
    IReadOnlyList<StoredLine> Lines);
