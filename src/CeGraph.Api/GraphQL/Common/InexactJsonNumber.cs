namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// A JSON number in <c>variables</c> that no <see cref="decimal"/> holds exactly (more than 28 decimal places or 29
/// significant digits), kept as its text so that the refusal quotes what the client sent rather than a rounded double.
/// </summary>
public sealed record InexactJsonNumber(string Text)
{
    public override string ToString() => Text;
}
