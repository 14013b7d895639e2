namespace CeGraph.Api.GraphQL.Common;

public sealed class ActivityRejectedErrorGraphType() : UserErrorGraphType<ActivityRejectedError>("ActivityRejectedError", "The activity was rejected and cannot be distributed.");
