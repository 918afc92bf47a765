using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TranslationDiff.Infrastructure.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Dismissals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dismissals",
                columns: table => new
                {
                    fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    check = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    dismissed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    comparison_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    dismissed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dismissals", x => x.fingerprint);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dismissals");
        }
    }
}
