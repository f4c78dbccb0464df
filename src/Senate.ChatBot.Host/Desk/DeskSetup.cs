using Marten;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Senate.ChatBot.Host.Desk.Cases;
using Senate.ChatBot.Host.Desk.Users;
using Senate.ChatBot.Host.Hosting;

namespace Senate.ChatBot.Host.Desk;

internal static class DeskSetup
{
    public const string SignInRateLimit = "desk-sign-in";

    /// <summary>The complaint desk: server-rendered pages under /desk with cookie sign-in and roles.</summary>
    public static WebApplicationBuilder AddDesk(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeskOptions>()
            .BindConfiguration(DeskOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.ConfigureMarten(o => o.Schema.For<DeskUser>());
        builder.Services.AddSingleton<IPasswordHasher<DeskUser>, PasswordHasher<DeskUser>>();
        builder.Services.AddSingleton<DeskUsers>();
        builder.Services.AddSingleton<DeskInbox>();
        builder.Services.AddSingleton<DeskSessionStore>();
        builder.Services.AddSingleton<StaffLineLink>();
        builder.Services.AddScoped<DeskCookieEvents>();
        builder.Services.AddSingleton<DeskToday>();
        builder.Services.AddHostedService<FirstAdmin>();

        builder.Services.AddRazorPages(o => o.RootDirectory = "/Desk/Pages");
        var minutes = builder.Configuration.GetValue($"{DeskOptions.Section}:SessionMinutes", 30);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/desk/login";
                o.LogoutPath = "/desk/logout";
                o.AccessDeniedPath = "/desk/denied";
                o.Cookie.Name = "senate-desk";
                // Only the desk reads it: the website, Web Chat and webhooks never carry a staff session.
                o.Cookie.Path = "/desk";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")
                    ? CookieSecurePolicy.SameAsRequest
                    : CookieSecurePolicy.Always;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(minutes);
                o.SlidingExpiration = true;
                o.EventsType = typeof(DeskCookieEvents);
            });
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<DeskSessionStore>((o, sessions) => o.SessionStore = sessions);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(DeskPolicies.Staff, p => p.RequireRole(nameof(DeskRole.Officer), nameof(DeskRole.Supervisor), nameof(DeskRole.Admin)))
            .AddPolicy(DeskPolicies.Supervisor, p => p.RequireRole(nameof(DeskRole.Supervisor), nameof(DeskRole.Admin)))
            .AddPolicy(DeskPolicies.Admin, p => p.RequireRole(nameof(DeskRole.Admin)));

        builder.Services.AddRateLimiter(limiter => limiter.AddPerClientPolicy(SignInRateLimit,
            _ => builder.Configuration.GetValue($"{DeskOptions.Section}:SignInAttemptsPerMinute", 10)));
        return builder;
    }

    public static WebApplication MapDesk(this WebApplication app)
    {
        app.UseDeskHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}
