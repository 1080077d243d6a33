CREATE TABLE `ticket_counters` (
	`office_id` text NOT NULL,
	`business_day` text NOT NULL,
	`prefix` text NOT NULL,
	`last_number` integer NOT NULL,
	PRIMARY KEY(`office_id`, `business_day`, `prefix`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `ticket_segments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` text NOT NULL,
	`office_id` text NOT NULL,
	`service_id` text NOT NULL,
	`window_id` text,
	`queued_at` integer NOT NULL,
	`called_at` integer,
	`started_at` integer,
	`ended_at` integer,
	`recalls` integer DEFAULT 0 NOT NULL,
	`outcome` text,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`window_id`) REFERENCES `windows`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `segments_ticket` ON `ticket_segments` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `segments_open` ON `ticket_segments` (`office_id`,`ended_at`);--> statement-breakpoint
CREATE INDEX `segments_service_ended` ON `ticket_segments` (`service_id`,`ended_at`);--> statement-breakpoint
CREATE TABLE `tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`office_id` text NOT NULL,
	`business_day` text NOT NULL,
	`number` text NOT NULL,
	`source` text NOT NULL,
	`reservation_id` text,
	`service_id` text NOT NULL,
	`status` text NOT NULL,
	`window_id` text,
	`lang` text NOT NULL,
	`track_token_hash` text NOT NULL,
	`issued_at` integer NOT NULL,
	`estimated_wait_minutes` integer NOT NULL,
	`slot_start` integer,
	`closed_at` integer,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reservation_id`) REFERENCES `reservations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`window_id`) REFERENCES `windows`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_office_day_number` ON `tickets` (`office_id`,`business_day`,`number`);--> statement-breakpoint
CREATE INDEX `tickets_office_status` ON `tickets` (`office_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `tickets_reservation` ON `tickets` (`reservation_id`);--> statement-breakpoint
ALTER TABLE `windows` ADD `status` text DEFAULT 'closed' NOT NULL;--> statement-breakpoint
ALTER TABLE `windows` ADD `staff_user_id` text;--> statement-breakpoint
ALTER TABLE `windows` ADD `status_changed_at` integer;