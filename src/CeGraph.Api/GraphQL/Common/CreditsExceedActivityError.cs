namespace CeGraph.Api.GraphQL.Common;

/// <summary>A distribution's lines add up to more than the activity's credits.</summary>
public sealed record CreditsExceedActivityError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "CREDITS_EXCEED_ACTIVITY", Path);
