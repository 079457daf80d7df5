/** The lifecycle statuses a state update can move an image to. */
export type ImageResourceStatus = "AVAILABLE" | "DELETED" | "DEPRECATED" | "DISABLED";

/** An image version known to the service. */
export interface ImageResource {
  readonly arn: string;
  status: ImageResourceStatus;
  /** Set while a lifecycle execution runs on the image; another update then answers ResourceInUseException. */
  runningExecutionId?: string;
}

/** A resource state update that was started. */
export interface LifecycleExecution {
  readonly lifecycleExecutionId: string;
  readonly resourceArn: string;
  readonly status: ImageResourceStatus;
  readonly startedAt: number;
  /** When the change is scheduled (epoch seconds, as sent), if given. */
  readonly updateAt?: number;
}

/** Image Builder in memory: images and the lifecycle executions started on them. */
export class ImageBuilderState {
  readonly images = new Map<string, ImageResource>();
  readonly executions = new Map<string, LifecycleExecution>();

  /** Adds (or replaces) an image; `busy` marks it as having a lifecycle execution in progress. */
  addImage(init: { arn: string; status?: ImageResourceStatus; busy?: boolean }): ImageResource {
    const image: ImageResource = { arn: init.arn, status: init.status ?? "AVAILABLE" };
    if (init.busy === true) image.runningExecutionId = "lce-00000000-0000-4000-8000-000000000000";
    this.images.set(image.arn, image);
    return image;
  }
}

/** The account in an image ARN (a 12-digit id, or `aws` for Amazon-managed images). */
export function imageOwner(arn: string): string {
  return arn.split(":")[4] ?? "";
}
