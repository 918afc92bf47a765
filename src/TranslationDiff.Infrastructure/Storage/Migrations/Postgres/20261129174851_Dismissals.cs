using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TranslationDiff.Infrastructure.Storage.Migrations.Postgres
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
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    check = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    dismissed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    comparison_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    dismissed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
