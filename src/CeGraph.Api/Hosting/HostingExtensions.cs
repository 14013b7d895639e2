namespace CeGraph.Api.Hosting;

public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Serves on <see cref="DefaultUrl"/> unless <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>urls</c> say otherwise.</summary>
    public static IWebHostBuilder UseCeGraphDefaultUrl(this IWebHostBuilder webHost)
    {
        ArgumentNullException.ThrowIfNull(webHost);
        if (string.IsNullOrEmpty(webHost.GetSetting(WebHostDefaults.ServerUrlsKey)))
        {
            webHost.UseUrls(DefaultUrl);
        }

        return webHost;
    }
}
