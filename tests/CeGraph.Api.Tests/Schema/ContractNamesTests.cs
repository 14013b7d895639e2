using CeGraph.Api.Tests.Infrastructure;

// Not ".Schema": that would shadow GraphQL.Types.Schema for the other test folders.
namespace CeGraph.Api.Tests.SchemaContract;

/// <summary>
/// The names that api-contract.md fixes (clients code against them) exist in the served schema: a rename or removal fails here.
/// The lists below are transcribed from the contract's Query, Types and Mutations sections.
/// </summary>
[Collection(ReadOnlyCatalog.Name)]
public sealed class ContractNamesTests(CeGraphTestApp app)
{
    public static readonly string[] QueryPaths =
    [
        "Query.node(id)", "Query.nodes(ids)", "Query.disciplines", "Query.discipline(code)", "Query.activity(code)",
        "Query.activities(first)", "Query.activities(after)", "Query.activities(last)", "Query.activities(before)",
        "Query.activities(where).title.contains", "Query.activities(where).sponsorCode.eq", "Query.activities(where).disciplineCode.eq",
        "Query.activities(where).categoryCode.eq", "Query.activities(where).credits.gte", "Query.activities(where).credits.lte",
        "Query.activities(where).status.eq", "Query.activities(where).and", "Query.activities(where).or",
        "Query.activities(order).title.ASC", "Query.activities(order).credits.DESC", "Query.activities(order).approvedOn.DESC",
        "Query.activities.edges.cursor", "Query.activities.edges.node", "Query.activities.nodes",
        "Query.activities.pageInfo.hasNextPage", "Query.activities.pageInfo.hasPreviousPage",
        "Query.activities.pageInfo.startCursor", "Query.activities.pageInfo.endCursor", "Query.activities.totalCount",
        "Query.requirement(id)", "Query.fulfillmentCheck(id)",
        "Query.coverage(disciplineCode)", "Query.coverage(kind)", "Query.coverage(sponsorCode)", "Query.coverage(activityCodes)",
    ];

    public static readonly string[] TypePaths =
    [
        "Node.id",
        "Discipline.id", "Discipline.code", "Discipline.name", "Discipline.pathways", "Discipline.outlines",
        "Discipline.outline(kind)", "Discipline.outline(asOf)", "Discipline.requirements",
        "ContentOutline.id", "ContentOutline.discipline", "ContentOutline.kind", "ContentOutline.version", "ContentOutline.effectiveFrom",
        "ContentOutline.effectiveUntil", "ContentOutline.categories", "ContentOutline.category(code)",
        "ContentCategory.id", "ContentCategory.code", "ContentCategory.name", "ContentCategory.level", "ContentCategory.examItems",
        "ContentCategory.parent", "ContentCategory.children", "ContentCategory.path", "ContentCategory.outline",
        "Sponsor.id", "Sponsor.code", "Sponsor.name", "Sponsor.activities(first)", "Sponsor.activities(after)",
        "Sponsor.activities(where)", "Sponsor.activities(order)",
        "Activity.id", "Activity.code", "Activity.title", "Activity.sponsor", "Activity.credits", "Activity.ceCategory", "Activity.status",
        "Activity.approvedOn", "Activity.expiresOn", "Activity.distributions", "Activity.distribution(disciplineCode)", "Activity.distribution(kind)",
        "CreditDistribution.id", "CreditDistribution.activity", "CreditDistribution.discipline", "CreditDistribution.outline",
        "CreditDistribution.totalCredits", "CreditDistribution.lines", "CreditDistribution.assignedAt",
        "CreditAllocation.category", "CreditAllocation.credits",
        "Requirement.id", "Requirement.kind", "Requirement.name", "Requirement.discipline", "Requirement.outline", "Requirement.rules",
        "Requirement.windowStart", "Requirement.windowEnd", "Requirement.windowMonths",
        "RequirementRule.kind", "RequirementRule.category", "RequirementRule.credits", "RequirementRule.description",
        "FulfillmentCheck.id", "FulfillmentCheck.requirement", "FulfillmentCheck.fulfilled", "FulfillmentCheck.asOf",
        "FulfillmentCheck.evaluatedAt", "FulfillmentCheck.countedCredits", "FulfillmentCheck.rules", "FulfillmentCheck.ignored",
        "RuleResult.rule", "RuleResult.required", "RuleResult.earned", "RuleResult.remaining", "RuleResult.satisfied", "RuleResult.contributions",
        "Contribution.activity", "Contribution.category", "Contribution.credits",
        "IgnoredCompletion.activityCode", "IgnoredCompletion.reason", "IgnoredCompletion.detail",
        "CoverageReport.discipline", "CoverageReport.outline", "CoverageReport.totalCredits", "CoverageReport.activityCount", "CoverageReport.categories",
        "CategoryCoverage.category", "CategoryCoverage.credits", "CategoryCoverage.activityCount",
        "Pathway.PRIMARY", "Pathway.POSTPRIMARY",
        "OutlineKind.EXAMINATION", "OutlineKind.STRUCTURED_EDUCATION", "OutlineKind.CQR_SSA",
        "CeCategory.A", "CeCategory.A_PLUS",
        "ActivityStatus.SUBMITTED", "ActivityStatus.DISTRIBUTED", "ActivityStatus.REJECTED",
        "RequirementKind.STRUCTURED_EDUCATION", "RequirementKind.CQR_PRESCRIPTION",
        "RuleKind.TOTAL_CREDITS", "RuleKind.MIN_CREDITS_IN_CATEGORY",
        "IgnoredReason.UNKNOWN_ACTIVITY", "IgnoredReason.DUPLICATE", "IgnoredReason.NOT_TARGETED", "IgnoredReason.OUTSIDE_WINDOW",
        "IgnoredReason.EXPIRED", "IgnoredReason.NOT_DISTRIBUTED",
        "UserError.message", "UserError.code", "UserError.path",
        "Decimal", "Date", "DateTime",
    ];

    public static readonly string[] MutationPaths =
    [
        "Mutation.submitActivity(input).code", "Mutation.submitActivity(input).title", "Mutation.submitActivity(input).sponsorCode",
        "Mutation.submitActivity(input).credits", "Mutation.submitActivity(input).ceCategory", "Mutation.submitActivity(input).approvedOn",
        "Mutation.submitActivity(input).expiresOn", "Mutation.submitActivity.activity", "Mutation.submitActivity.errors.code",
        "Mutation.assignCreditDistribution(input).activityCode", "Mutation.assignCreditDistribution(input).disciplineCode",
        "Mutation.assignCreditDistribution(input).kind", "Mutation.assignCreditDistribution(input).lines.categoryCode",
        "Mutation.assignCreditDistribution(input).lines.credits", "Mutation.assignCreditDistribution.distribution",
        "Mutation.assignCreditDistribution.errors.message",
        "Mutation.rejectActivity(input).activityCode", "Mutation.rejectActivity(input).reason", "Mutation.rejectActivity.activity",
        "Mutation.rejectActivity.errors.path",
        "Mutation.issueCqrPrescription(input).disciplineCode", "Mutation.issueCqrPrescription(input).learnerRef",
        "Mutation.issueCqrPrescription(input).issuedOn", "Mutation.issueCqrPrescription(input).dueOn",
        "Mutation.issueCqrPrescription(input).items.categoryCode", "Mutation.issueCqrPrescription(input).items.credits",
        "Mutation.issueCqrPrescription.requirement", "Mutation.issueCqrPrescription.errors.code",
        "Mutation.evaluateRequirement(input).requirementId", "Mutation.evaluateRequirement(input).prescription.disciplineCode",
        "Mutation.evaluateRequirement(input).prescription.issuedOn", "Mutation.evaluateRequirement(input).prescription.dueOn",
        "Mutation.evaluateRequirement(input).prescription.items.categoryCode", "Mutation.evaluateRequirement(input).prescription.items.credits",
        "Mutation.evaluateRequirement(input).completions.activityCode", "Mutation.evaluateRequirement(input).completions.completedOn",
        "Mutation.evaluateRequirement(input).asOf", "Mutation.evaluateRequirement.check", "Mutation.evaluateRequirement.errors.code",
        "Mutation.createApiKey(input).name", "Mutation.createApiKey(input).role", "Mutation.createApiKey(input).sponsorCode",
        "Mutation.createApiKey.apiKey.id", "Mutation.createApiKey.apiKey.name", "Mutation.createApiKey.apiKey.role",
        "Mutation.createApiKey.secret", "Mutation.createApiKey.errors.code",
        "Mutation.revokeApiKey(input).id", "Mutation.revokeApiKey.apiKey", "Mutation.revokeApiKey.errors.code",
    ];

    /// <summary>In the contract, but built on the planner branch; this test turns green once that branch is merged.</summary>
    public static readonly string[] PlanFulfillmentPaths =
    [
        "Mutation.planFulfillment(input).requirementId", "Mutation.planFulfillment(input).prescription", "Mutation.planFulfillment(input).completions",
        "Mutation.planFulfillment(input).asOf", "Mutation.planFulfillment(input).objective.MIN_CREDITS", "Mutation.planFulfillment(input).objective.MIN_ACTIVITIES",
        "Mutation.planFulfillment(input).sponsorCodes", "Mutation.planFulfillment(input).maxActivities",
        "Mutation.planFulfillment.plan", "Mutation.planFulfillment.errors.code",
    ];

    public static readonly string[] NodeTypes =
        ["Discipline", "ContentOutline", "ContentCategory", "Sponsor", "Activity", "CreditDistribution", "Requirement", "FulfillmentCheck"];

    [Fact]
    public async Task QueryFields_NamedInContract_ExistWithTheirArguments() => await AssertAllExistAsync(QueryPaths);

    [Fact]
    public async Task Types_NamedInContract_ExistWithTheirFieldsAndEnumValues() => await AssertAllExistAsync(TypePaths);

    [Fact]
    public async Task Mutations_NamedInContract_ExistWithTheirInputAndPayloadFields() => await AssertAllExistAsync(MutationPaths);

    [Fact]
    public async Task PlanFulfillment_NamedInContract_ExistsWithItsInputAndPayloadFields() => await AssertAllExistAsync(PlanFulfillmentPaths);

    [Fact]
    public async Task EntityTypes_NamedInContract_ImplementNode()
    {
        var schema = await LoadAsync();

        var notNodes = NodeTypes.Where(t => !schema.InterfacesOf(t).Contains("Node")).ToArray();

        Assert.True(notNodes.Length == 0, "These types must implement Node: " + string.Join(", ", notNodes));
        Assert.Equal("INTERFACE", schema.KindOf("UserError"));
        Assert.Equal("SCALAR", schema.KindOf("Decimal"));
    }

    private async Task AssertAllExistAsync(IEnumerable<string> paths)
    {
        var schema = await LoadAsync();

        var problems = paths.Select(schema.Walk).OfType<string>().ToArray();

        Assert.True(problems.Length == 0, "Names fixed by the API contract are missing (renamed or removed?):\n" + string.Join('\n', problems));
    }

    private async Task<SchemaModel> LoadAsync()
    {
        using var client = app.CreateGraphQLClient();
        return new SchemaModel(await client.DataAsync(SchemaModel.IntrospectionQuery));
    }
}
