using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CeGraph.Api.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Distributions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Activities",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "CatalogChanges",
                columns: table => new
                {
                    Position = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EntityId = table.Column<int>(type: "integer", nullable: false),
                    ActivityId = table.Column<int>(type: "integer", nullable: true),
                    ActivityCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SponsorId = table.Column<int>(type: "integer", nullable: true),
                    SponsorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DisciplineCodes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StatusBefore = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    StatusAfter = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    IssuedByKeyId = table.Column<int>(type: "integer", nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogChanges", x => x.Position);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_UpdatedAt_Id",
                table: "Activities",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogChanges_EventId",
                table: "CatalogChanges",
                column: "EventId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogChanges");

            migrationBuilder.DropIndex(
                name: "IX_Activities_UpdatedAt_Id",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Distributions");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Activities");
        }
    }
}
