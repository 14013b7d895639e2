namespace CeGraph.Api.Tests.Hardening;

/// <summary>Files under <c>Hardening/Resources</c>, copied to the test output.</summary>
public static class Resources
{
    /// <summary>The introspection query GraphiQL sends (graphql-js 16.15 <c>getIntrospectionQuery</c> with every option on).</summary>
    public static string GraphiQLIntrospectionQuery => Read("graphiql-introspection.graphql");

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Hardening", "Resources", name));
}
