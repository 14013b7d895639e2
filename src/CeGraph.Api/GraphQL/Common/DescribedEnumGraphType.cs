using GraphQL.Types;

namespace CeGraph.Api.GraphQL.Common;

/// <summary>An enum type whose values are CONSTANT_CASE (GraphQL.NET's default) and each carry a description.</summary>
public abstract class DescribedEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected DescribedEnumGraphType(string name, string description, IReadOnlyDictionary<TEnum, string> valueDescriptions)
    {
        ArgumentNullException.ThrowIfNull(valueDescriptions);
        Name = name;
        Description = description;
        foreach (var value in Values)
        {
            var clr = (TEnum)value.Value!;
            value.Description = valueDescriptions.TryGetValue(clr, out var text)
                ? text
                : throw new InvalidOperationException($"Enum value {typeof(TEnum).Name}.{clr} has no description.");
        }
    }
}
