namespace CeGraph.Api.Data.Entities;

/// <summary>What a change-log entry records. Stored by name, so members may be added or reordered.</summary>
public enum CatalogChangeKind
{
    /// <summary>A sponsor submitted a new activity (submitActivity).</summary>
    ActivitySubmitted,

    /// <summary>A reviewer assigned or replaced one distribution of an activity (assignCreditDistribution).</summary>
    DistributionAssigned,

    /// <summary>A reviewer rejected an activity (rejectActivity).</summary>
    ActivityRejected,

    /// <summary>An import added an activity or changed its fields or distributions.</summary>
    ActivityImported,

    /// <summary>A new outline version was published (by seeding or import).</summary>
    OutlinePublished,

    /// <summary>A requirement was issued (issueCqrPrescription).</summary>
    RequirementIssued,
}
