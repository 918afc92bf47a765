using TranslationDiff.Analysis;
using TranslationDiff.Analysis.Detection;
using TranslationDiff.Core;
using TranslationDiff.Infrastructure;
using TranslationDiff.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTranslationDiffCore();
builder.Services.AddTranslationDiffAnalysis();
builder.Services.Configure<DetectionOptions>(builder.Configuration.GetSection("Detection"));
builder.Services.AddTranslationDiffInfrastructure(builder.Configuration);

var app = builder.Build();
app.MapTranslationDiffApi();
app.MapDismissalApi();
app.MapRunApi();
app.MapHomePage();
app.Run();

/// <summary>The web app's entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
