using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CeGraph.Api.Cli.Import;

/// <summary>A mapped column: its delimited name and how to read an entity's value as the provider stores it.</summary>
public sealed record BulkColumn(string Name, IClrPropertyGetter Getter, ValueConverter? Converter)
{
    public object? ProviderValue(object entity)
    {
        var value = Getter.GetClrValue(entity);
        return Converter is null || value is null ? value : Converter.ConvertToProvider(value);
    }
}
