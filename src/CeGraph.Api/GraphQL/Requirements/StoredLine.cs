namespace CeGraph.Api.GraphQL.Requirements;

/// <summary>One line of a recorded distribution, in the reviewer's order.</summary>
public sealed record StoredLine(int CategoryId, long CreditHundredths);
