using System.Data.Common;

namespace CeGraph.Api.Tests.Infrastructure;

public static class DbCommandExtensions
{
    /// <summary>Adds a parameter in a provider-neutral way (SQLite and PostgreSQL both read <c>@name</c>).</summary>
    public static void AddParameter(this DbCommand command, string name, object value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
