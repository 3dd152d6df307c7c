using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadPlatform.Api.Tests;

/// <summary>
/// The host's default log levels (src/LeadPlatform.Host/appsettings.json): Information, except the categories that
/// would write lines per HTTP request (ASP.NET Core) and per new grain activation (Orleans' placement pipeline, Polly).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class LoggingDefaultsTests(HostFixture fixture)
{
    [Theory]
    [InlineData("Polly", false)]
    [InlineData("Microsoft.AspNetCore.Hosting.Diagnostics", false)]
    [InlineData("Microsoft.AspNetCore.Routing.EndpointMiddleware", false)]
    [InlineData("LeadPlatform.Host.AdminKeyBootstrap", true)]
    [InlineData("Orleans.Runtime.Silo", true)]
    public void Information_is_logged_except_per_request_and_per_activation_lines(string category, bool informationLogged)
    {
        var logger = fixture.Host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

        Assert.Equal(informationLogged, logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }
}
