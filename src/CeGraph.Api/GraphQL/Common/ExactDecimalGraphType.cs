using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>The contract's <c>Decimal</c>: an exact decimal number. Replaces GraphQL.NET's built-in one everywhere (same name).</summary>
public sealed class ExactDecimalGraphType : DecimalGraphType
{
    public ExactDecimalGraphType()
    {
        Name = "Decimal";
        Description = "An exact decimal number (credits have at most two decimals, e.g. 1.25). Never rounded through binary floating point.";
    }
}
