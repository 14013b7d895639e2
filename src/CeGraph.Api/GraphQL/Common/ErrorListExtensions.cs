namespace CeGraph.Api.GraphQL.Common;

public static class ErrorListExtensions
{
    public static void AddIfNotNull(this List<UserError> errors, UserError? error)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
