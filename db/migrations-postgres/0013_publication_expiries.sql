CREATE TABLE "publication_expiries" (
	"due_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publication_expiries_due_at_pk" PRIMARY KEY("due_at")
);
