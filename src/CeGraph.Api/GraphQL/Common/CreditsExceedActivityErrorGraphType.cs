namespace CeGraph.Api.GraphQL.Common;

public sealed class CreditsExceedActivityErrorGraphType() : UserErrorGraphType<CreditsExceedActivityError>("CreditsExceedActivityError", "The distribution's lines add up to more than the activity's credits.");
